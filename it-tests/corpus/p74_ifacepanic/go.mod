module example.com/p74_ifacepanic

go 1.26
