# corpus: vulnerable DB102
from django.db import models


class Device(models.Model):
    serial = models.CharField(max_length=40, unique=True)
    firmware = models.CharField(max_length=20)


class DeviceRepository:
    @staticmethod
    def by_serial(serial):
        return Device.objects.filter(serial=serial).first()


def process_heartbeats(heartbeats):
    for hb in heartbeats:
        device = DeviceRepository.by_serial(hb["serial"])
        if device and device.firmware != hb["firmware"]:
            yield device.serial
