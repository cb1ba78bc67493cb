module fakecpus

go 1.21
