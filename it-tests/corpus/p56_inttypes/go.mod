module example.com/inttypes

go 1.21
