from build_dataset.cli import main

main()
