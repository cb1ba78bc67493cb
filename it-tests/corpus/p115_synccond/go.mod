module p115_synccond

go 1.22
