# Production image of Dispatch: one image for app instances (`npm run serve`), workers
# (`npm run worker`) and the release step (`npm run db:deploy`), the same scripts the scale
# tests run (tests/scale). Not built on the development machines (no base-image registry there).

# Dependencies, with the dev ones the build needs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json ./
COPY packages ./packages
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run db:generate && npm run build

# Runtime: production dependencies only, the build, and the sources the server and worker run.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PORT=3000 DISPATCH_DATA_DIR=/data
COPY package.json package-lock.json ./
COPY packages ./packages
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/node_modules/.prisma ./node_modules/.prisma
COPY --from=build /app/.next ./.next
COPY app ./app
COPY components ./components
COPY lib ./lib
COPY prisma ./prisma
COPY public ./public
COPY scripts ./scripts
COPY server.ts proxy.ts next.config.js tsconfig.json ./
RUN rm -rf .next/cache && mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["npm", "run", "serve"]
