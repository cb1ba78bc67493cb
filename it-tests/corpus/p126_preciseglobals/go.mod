module p126_preciseglobals

go 1.22
