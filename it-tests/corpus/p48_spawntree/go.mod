module example.com/p48_spawntree

go 1.21
