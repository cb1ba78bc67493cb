module p127_finalizers

go 1.22
