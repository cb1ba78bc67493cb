# The image rt0gen's binaries run in: nothing but the static executable.
#   docker build --build-arg APP=out/hello -t hello . && docker run --rm --network none hello
# The binary must be executable (rt0gen writes it 0755). rt0gen-testcontainers builds from
# this file with the binary as "app" in the build context.
FROM scratch
ARG APP=app
COPY ${APP} /app
USER 65534:65534
ENTRYPOINT ["/app"]
