module example.com/p28_shortcircuit

go 1.21
