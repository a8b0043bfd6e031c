from kamertaak.cli import main

main()
