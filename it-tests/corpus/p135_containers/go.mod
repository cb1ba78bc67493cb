module example.com/p135_containers

go 1.24
