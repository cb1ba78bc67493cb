module example.com/p49_fairness

go 1.21
