module p129_typedspans

go 1.22
