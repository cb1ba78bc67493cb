module example.com/p51

go 1.21
