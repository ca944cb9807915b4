from kzobserver.cli import main

main()
