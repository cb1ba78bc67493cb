module example.com/p70_methods

go 1.26
