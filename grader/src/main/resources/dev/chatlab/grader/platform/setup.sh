#!/usr/bin/env bash
# ChatLab autograder, setup: Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu,
# with network). It installs a JDK 21 and Maven, then builds the kit once so that every dependency is in the
# local Maven repository: each grading then builds the student's lab offline.
set -euo pipefail
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-21-jdk-headless maven util-linux
cd /autograder/source/kit
mvn -B -q -DskipTests package
find . -name target -type d -prune -exec rm -rf {} +
chmod +x /autograder/source/run_autograder
