module example.com/namedtypes

go 1.21
