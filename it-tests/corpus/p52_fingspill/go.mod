module example.com/p52_fingspill

go 1.26
