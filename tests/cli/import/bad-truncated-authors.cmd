import -o - bad/truncated-authors.txt
