// The check-in desk's camera, where the browser reads QR codes itself (BarcodeDetector): the scan button shows, and a
// code read goes into the code field and is checked in. Elsewhere the field takes typing, pasting and hand scanners.
(function () {
    var scan = document.getElementById('code:scan');
    var field = document.getElementById('code:text');
    var video = document.getElementById('camera');
    if (!scan || !field || !video || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
        return;
    }
    var detector = new BarcodeDetector({formats: ['qr_code']});
    var stream = null;
    scan.style.display = '';

    function stop() {
        if (stream) {
            stream.getTracks().forEach(function (track) { track.stop(); });
            stream = null;
        }
        video.hidden = true;
    }

    function look() {
        if (!stream) {
            return;
        }
        detector.detect(video).then(function (codes) {
            if (codes.length === 0) {
                setTimeout(look, 250);
                return;
            }
            stop();
            field.value = codes[0].rawValue;
            document.getElementById('code:checkIn').click();
        }, function () {
            setTimeout(look, 250);
        });
    }

    scan.addEventListener('click', function () {
        if (stream) {
            stop();
            return;
        }
        navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (opened) {
            stream = opened;
            video.srcObject = opened;
            video.hidden = false;
            video.play();
            look();
        }, stop);
    });
})();
