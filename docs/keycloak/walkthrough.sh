#!/usr/bin/env bash
# Runs the README walk-through against Setu with a real Keycloak as the issuer, and the refusals that must hold.
# Usage: Keycloak started with docs/keycloak/setu-realm.json imported (docs/identity-keycloak.md), Setu started with
#   SETU_JWT_ISSUER_URI=$KC_ISSUER SETU_JWT_AUDIENCE=setu-api; then: docs/keycloak/walkthrough.sh
# Needs curl and jq. Exits non-zero at the first answer that is not what it should be.
set -euo pipefail
SETU=${SETU:-http://localhost:8080}
KC_ISSUER=${KC_ISSUER:-http://127.0.0.1:8180/realms/setu}
KC=$KC_ISSUER/protocol/openid-connect/token
PARTNER_SUB=5e7a3c1e-0a51-4f3b-9a55-3e8f0c6f2a01

expect() { # expect <what> <wanted> <got>
  if [ "$2" != "$3" ]; then echo "FAIL $1: wanted $2, got $3" >&2; exit 1; fi
  echo "ok   $1: $3"
}
token() { curl -s "$KC" -d grant_type=password -d client_id=setu-cli -d "username=$1" -d "password=$1-demo" | jq -r .access_token; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
type_of() { curl -s "$@" | jq -r .type; }

AMINA=$(token amina); NADIA=$(token nadia); SHIRIN=$(token shirin); SEC=$(token sec-admin)
CASE=$(curl -s "$SETU/api/v1/cases" -H "Authorization: Bearer $AMINA" -H 'Content-Type: application/json' -d '{
  "category":"RETURN_REINTEGRATION","migrationStage":"RETURN","district":"Dhaka","countryOfDestination":"SA",
  "subject":{"fullName":"Rahima Begum","dateOfBirth":"1990-01-31","sex":"F"},
  "consent":{"agencies":["iom-bd"],"purposes":["SERVICE_PROVISION"]}}' | jq -r .caseId)
expect "case opened with a Keycloak token" C "${CASE:0:1}"
REF=$(curl -s "$SETU/api/v1/cases/$CASE/referrals" -H "Authorization: Bearer $AMINA" -H 'Content-Type: application/json' \
  -d '{"toAgency":"iom-bd","serviceType":"REINTEGRATION","urgency":"NORMAL"}' | jq -r .referralId)
expect "referral requested" R "${REF:0:1}"
expect "IOM's incoming queue" "$REF" "$(curl -s "$SETU/api/v1/referrals?direction=incoming" -H "Authorization: Bearer $NADIA" \
  | jq -r --arg r "$REF" '.items[] | select(.referralId == $r) | .referralId')"
expect "IOM accepts" 204 "$(status -X POST "$SETU/api/v1/cases/$CASE/referrals/$REF/accept" -H "Authorization: Bearer $NADIA" -H 'Content-Type: application/json' -d '{}')"
expect "IOM completes" 204 "$(status -X POST "$SETU/api/v1/cases/$CASE/referrals/$REF/complete" -H "Authorization: Bearer $NADIA" -H 'Content-Type: application/json' -d '{"outcome":"grant paid"}')"
expect "the lead sees the subject" "Rahima Begum" "$(curl -s "$SETU/api/v1/cases/$CASE" -H "Authorization: Bearer $AMINA" | jq -r .subject.fullName)"
expect "BRAC has no need to know" 404 "$(status "$SETU/api/v1/cases/$CASE" -H "Authorization: Bearer $SHIRIN")"

ID=$(curl -s "$KC" -d grant_type=password -d client_id=setu-cli -d username=amina -d password=amina-demo -d scope=openid | jq -r .id_token)
expect "an ID token is no bearer token" https://setu.example/problems/wrong-token-type "$(type_of "$SETU/api/v1/cases" -H "Authorization: Bearer $ID")"
RT=$(curl -s "$KC" -d grant_type=password -d client_id=setu-cli -d username=amina -d password=amina-demo | jq -r .refresh_token)
expect "a refresh token is no bearer token" 401 "$(status "$SETU/api/v1/cases" -H "Authorization: Bearer $RT")"
PARTNER=$(curl -s "$KC" -d grant_type=client_credentials -d client_id=research-1 -d client_secret=research-1-demo-secret | jq -r .access_token)
expect "a partner on a case" 403 "$(status "$SETU/api/v1/cases/$CASE" -H "Authorization: Bearer $PARTNER")"
expect "the embedded token endpoint is off" 404 "$(status "$SETU/api/v1/auth/token" -H 'Content-Type: application/json' -d '{"username":"amina","password":"amina-demo"}')"
expect "an agreement for the partner's service account" 201 "$(status "$SETU/api/v1/agreements" -H "Authorization: Bearer $SEC" -H 'Content-Type: application/json' \
  -d "{\"partner\":\"$PARTNER_SUB\",\"eventTypes\":[\"*\"],\"categories\":[\"RETURN_REINTEGRATION\"],\"identifiers\":\"PSEUDONYMOUS\",\"validUntil\":\"2030-01-01T00:00:00Z\"}")"
expect "the partner's feed" "id:1" "$(timeout 5 curl -s -N "$SETU/api/v1/feeds/events" -H "Authorization: Bearer $PARTNER" | head -n 1 || true)"
echo "walk-through with Keycloak tokens: all as expected"
