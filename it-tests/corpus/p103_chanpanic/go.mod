module p103_chanpanic

go 1.26
