module example.com/launch

go 1.26
