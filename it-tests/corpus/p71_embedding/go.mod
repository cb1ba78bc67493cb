module example.com/p71_embedding

go 1.26
