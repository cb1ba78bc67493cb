module example.com/p37_recursion

go 1.21
