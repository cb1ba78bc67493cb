module example.com/p33_goargs

go 1.21
