module example.com/p53_fingorder

go 1.21
