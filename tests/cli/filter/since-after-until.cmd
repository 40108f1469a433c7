filter --since 2020 --until 2019 profile/tito.txt
