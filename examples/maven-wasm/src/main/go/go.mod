module example.com/mavenwasm

go 1.19
