# syntax=docker/dockerfile:1
# Production image on a supported Node LTS (the development machines run Node 20; the code runs on 20-24).

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:24-bookworm-slim AS bundles
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY playground ./playground
COPY components ./components
COPY scripts ./scripts
COPY src ./src
RUN npx tsx scripts/build-bundles.ts && npx tsc -p tsconfig.build.json

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json schema.graphql ./
COPY src ./src
COPY cypher ./cypher
COPY data ./data
COPY --from=bundles /app/playground/dist ./playground/dist
COPY --from=bundles /app/components/dist ./components/dist
COPY --from=bundles /app/dist ./dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:4000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
