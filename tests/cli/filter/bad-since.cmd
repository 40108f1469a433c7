filter --since 2019-13 profile/tito.txt
