cite -F docx -i profile/tito.txt
