# syntax=docker/dockerfile:1
# Build: the SDK image restores, tests nothing (CI does), and publishes a framework-dependent build.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props NewsWatch.sln ./
COPY src/NewsWatch.Core/NewsWatch.Core.csproj src/NewsWatch.Core/
COPY src/NewsWatch/NewsWatch.csproj src/NewsWatch/
RUN dotnet restore src/NewsWatch/NewsWatch.csproj
# .dockerignore keeps the host's bin/ and obj/ out, so the restore above is the one publish uses.
COPY . .
RUN dotnet publish src/NewsWatch/NewsWatch.csproj -c Release -o /app --no-restore

# Run: the ASP.NET runtime image (no SDK; Kestrel serves the optional ops port), a non-root user, the database on the /data volume.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# sqlite3 in the image, so analysts can query the database with docker exec.
RUN apt-get update && apt-get install -y --no-install-recommends sqlite3 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 newswatch && useradd --system --uid 10001 --gid newswatch --home-dir /app --shell /usr/sbin/nologin newswatch \
 && mkdir -p /data && chown newswatch:newswatch /data
WORKDIR /app
COPY --from=build --chown=root:root /app ./
ENV DOTNET_gcServer=0 \
    NEWSWATCH_Storage__Path=/data/newswatch.db
VOLUME ["/data"]
USER newswatch
HEALTHCHECK --interval=60s --timeout=20s --start-period=60s --retries=3 CMD ["dotnet", "/app/newswatch.dll", "health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "/app/newswatch.dll"]
CMD ["run"]
