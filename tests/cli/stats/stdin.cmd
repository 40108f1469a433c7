stats --by area
