stats --color=bright profile/tito.txt
