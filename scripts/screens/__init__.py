"""The scenes `scripts/screenshots.py` photographs, by feature (run under Xvfb by
scripts/screenshots.sh): `overview` (the main screens, financial subjects, the Check
page, accountability), `messages` (attachments, carrier bundles, the officer's day,
review due), `operations` (joint operations) and `monitoring`; `kit` holds what they
share."""
