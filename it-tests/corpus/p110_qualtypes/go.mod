module example.com/qualtypes

go 1.21
