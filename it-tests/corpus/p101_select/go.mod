module p101_select

go 1.26
