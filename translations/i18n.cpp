// Holds the embedded translations (see CMakeLists.txt); no code of its own.
