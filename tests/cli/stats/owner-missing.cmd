stats --by author --owner 'Nobody Here' profile/tito.txt
