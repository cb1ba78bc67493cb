module example.com/p29_transitive

go 1.21
