stats --by author --owner puig profile/tito.txt
