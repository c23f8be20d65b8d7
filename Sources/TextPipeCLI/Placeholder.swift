import TextPipe
