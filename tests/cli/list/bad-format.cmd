list -F docx profile/tito.txt
