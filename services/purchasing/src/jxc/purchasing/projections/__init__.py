"""Purchasing's read models fed from Kafka by the platform's projection runner."""
