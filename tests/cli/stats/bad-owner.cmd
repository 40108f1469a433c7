stats --owner '' profile/tito.txt
