filter -F docx profile/tito.txt
