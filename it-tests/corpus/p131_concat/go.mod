module p131_concat

go 1.22
