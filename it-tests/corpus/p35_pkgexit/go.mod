module example.com/pkgexit

go 1.21
