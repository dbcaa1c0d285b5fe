"""The comments of the generated Keras script, in English and Brazilian Portuguese.

The engine cannot use Qt's translator (it never imports Qt, and the script is text that leaves
the app), so the comments live here as one small catalog per language. The Portuguese uses
the course's words: convolução, filtro, agrupamento (pooling), taxa de aprendizado, época,
lote, acurácia, conjunto de validação/teste.
"""

from typing import Any

EN: dict[str, Any] = {
    "header": "Train a neural network on {data} with Keras, then save it as {file}.\n\n"
              "Written by CNN Lab. Needs only Python, NumPy and Keras (TensorFlow): "
              "python this_file.py",
    "data_names": {"mnist": "MNIST", "sample": "the MNIST sample of CNN Lab",
                   "fashion": "Fashion-MNIST", "cifar10": "CIFAR-10"},
    "data_cifar": "CIFAR-10: 50,000 training and 10,000 test colour photos of 32×32 pixels "
                  "(0–255 in red, green and blue) in 10 classes: airplane, automobile, bird, "
                  "cat, deer, dog, frog, horse, ship, truck. CNN Lab's file keeps each photo as "
                  "a JPEG, decoded here, in CNN Lab's own fixed order.",
    "augment_photos": "Random changes to every training batch: a mirror image half of the "
                      "time, and a shift of up to 4 pixels with the border mirrored, so the "
                      "network also recognises objects facing the other way or off centre. "
                      "They sit in front of the network only while training: the saved model "
                      "has none of them.",
    "one_cycle": "A one-cycle schedule: the learning rate climbs from 1/25 of LEARNING_RATE to "
                 "LEARNING_RATE over the first 20% of the batches, then glides down to 0.",
    "momentum": "Momentum (Nesterov's): each step keeps MOMENTUM of the previous one.",
    "weight_decay": "Weight decay shrinks every weight by learning rate × WEIGHT_DECAY at each "
                    "step, so the network prefers small weights.",
    "imports": "NumPy holds the images as arrays; Keras builds and trains the network.",
    "constants": "The settings, one per line: change them here and run the script again. "
                 "DATA_PATH is CNN Lab's own copy of the data; without it, Keras downloads "
                 "the data.",
    "seed": "One seed fixes the starting weights, the shuffling and the validation set, so two "
            "runs give the same result.",
    "data_mnist": "MNIST: 60,000 training and 10,000 test images of handwritten digits, 28×28 "
                  "grey pixels (0–255), with their labels 0–9.",
    "data_fashion": "Fashion-MNIST: 60,000 training and 10,000 test pictures of clothes, 28×28 "
                    "grey pixels (0–255), in 10 classes.",
    "data_file": "The images and labels of the data file (arrays x_train, y_train and, if it "
                 "has a test set, x_test, y_test).",
    "sample": "CNN Lab's quick sample: the first 500 training images of each digit (5,000), "
              "split always the same way: 400 of each digit to train, 100 to test.",
    "limit": "Use at most LIMIT training images, drawn at random (as the Training tab does), "
             "so a class run stays short.",
    "validation": "Hold out a random share of the training images as the validation set: the "
                  "network never learns from it, so its accuracy after each epoch shows how "
                  "well the network generalises. The test set is kept for the very end.",
    "scaling": "Pixels from 0–255 to 0–1 as float32 (small inputs keep training stable), and "
               "a channel axis: Keras wants images as (height, width, channels).",
    "scaling_255": "The network's first layer rescales the pixels itself, so they stay 0–255 "
                   "(as float32, with a channel axis).",
    "network": "The network, one layer per line: keras.Input gives the image size, and each "
               "layer's output is the next layer's input. Conv2D: convolution with learned "
               "filters; MaxPooling2D: pooling, halving the feature maps; Dense: every neuron "
               "sees every value; the last layer gives one probability per class (softmax).",
    "summary": "Each layer's output shape and number of parameters.",
    "augment": "Random distortions of every training batch (rotation, shear, zoom, shift), so "
               "the network also reads digits written a little differently. They sit in "
               "front of the network only while training: the saved model has none of them, "
               "and they do nothing when the model predicts. (CNN Lab also makes strokes "
               "thicker or thinner; Keras has no layer for that.)",
    "optimizer": "The optimizer changes the weights after each batch; the learning rate is the "
                 "size of its steps.",
    "cosine": "A cosine schedule: the learning rate glides from LEARNING_RATE down to 5% of it "
              "by the last batch.",
    "compile": "Loss: sparse categorical cross-entropy, because the labels are class numbers; "
               "accuracy is the share of images classified correctly.",
    "fit": "Training: EPOCHS passes (epochs) over the training images in batches of "
           "BATCH_SIZE, shuffled every epoch, measuring the validation set after each epoch.",
    "fit_no_validation": "Training: EPOCHS passes (epochs) over the training images in "
                         "batches of BATCH_SIZE, shuffled every epoch.",
    "evaluate_test": "The test set: images the network never saw while it was trained or "
                     "chosen. Its accuracy is the honest measure.",
    "evaluate_sample": "The test set: the sample's 1,000 test images (100 of each digit, never "
                       "trained on), the ones CNN Lab measures this model on.",
    "evaluate_val": "This data has no test set, so the model is measured on the validation "
                    "set, as CNN Lab does.",
    "evaluate_train": "This data has no test set and nothing was held out: the model is "
                      "measured on its own training images, which flatters it.",
    "accuracy_label": "test accuracy",
    "save": "Save the trained network: CNN Lab opens it in Draw, Activations and Evaluation.",
    "not_sequential": {
        "branch": "The layer “{layer}” does not take its input from the layer before it (the "
                  "network branches or joins), so it cannot be written as one "
                  "keras.Sequential list of layers.",
        "shared": "The layer “{layer}” is used more than once (a shared layer), so the network "
                  "cannot be written as one keras.Sequential list of layers.",
        "inputs": "The network “{layer}” has more than one input; a keras.Sequential list has "
                  "exactly one.",
        "outputs": "The network “{layer}” has more than one output; a keras.Sequential list has "
                   "exactly one.",
        "lambda": "The layer “{layer}” is a Lambda layer: Python code inside the model, which "
                  "CNN Lab does not write out or run from files.",
        "custom": "The layer “{layer}” is not one of Keras' own layers (keras.layers), so its "
                  "code cannot be written.",
    },
}

PT_BR: dict[str, Any] = {
    "header": "Treina uma rede neural em {data} com Keras e a salva em {file}.\n\n"
              "Escrito pelo CNN Lab. Precisa apenas de Python, NumPy e Keras (TensorFlow): "
              "python este_arquivo.py",
    "data_names": {"mnist": "MNIST", "sample": "a amostra do MNIST do CNN Lab",
                   "fashion": "Fashion-MNIST", "cifar10": "CIFAR-10"},
    "data_cifar": "CIFAR-10: 50.000 fotos coloridas de treino e 10.000 de teste, de 32×32 "
                  "pixels (0–255 em vermelho, verde e azul), em 10 classes: avião, automóvel, "
                  "pássaro, gato, cervo, cachorro, sapo, cavalo, navio, caminhão. O arquivo do "
                  "CNN Lab guarda cada foto como JPEG, decodificado aqui, na ordem fixa do "
                  "próprio CNN Lab.",
    "augment_photos": "Mudanças aleatórias em cada lote de treino: a imagem espelhada metade "
                      "das vezes e um deslocamento de até 4 pixels com a borda espelhada, para "
                      "que a rede reconheça também objetos virados para o outro lado ou fora do "
                      "centro. Elas ficam na frente da rede só durante o treino: o modelo salvo "
                      "não as tem.",
    "one_cycle": "Um agendamento de ciclo único: a taxa de aprendizado sobe de 1/25 de "
                 "LEARNING_RATE até LEARNING_RATE nos primeiros 20% dos lotes e depois desce "
                 "suavemente até 0.",
    "momentum": "Momento (de Nesterov): cada passo guarda MOMENTUM do passo anterior.",
    "weight_decay": "O decaimento de pesos encolhe cada peso em taxa de aprendizado × "
                    "WEIGHT_DECAY a cada passo, para que a rede prefira pesos pequenos.",
    "imports": "NumPy guarda as imagens como arrays; o Keras monta e treina a rede.",
    "constants": "As configurações, uma por linha: altere-as aqui e rode o script de novo. "
                 "DATA_PATH é a cópia dos dados do próprio CNN Lab; sem ela, o Keras baixa os "
                 "dados.",
    "seed": "Uma semente fixa os pesos iniciais, o embaralhamento e o conjunto de validação: "
            "duas execuções dão o mesmo resultado.",
    "data_mnist": "MNIST: 60.000 imagens de treino e 10.000 de teste de dígitos manuscritos, "
                  "28×28 pixels em tons de cinza (0–255), com seus rótulos 0–9.",
    "data_fashion": "Fashion-MNIST: 60.000 imagens de treino e 10.000 de teste de roupas, "
                    "28×28 pixels em tons de cinza (0–255), em 10 classes.",
    "data_file": "As imagens e os rótulos do arquivo de dados (arrays x_train, y_train e, se "
                 "houver conjunto de teste, x_test, y_test).",
    "sample": "A amostra rápida do CNN Lab: as primeiras 500 imagens de treino de cada dígito "
              "(5.000), divididas sempre do mesmo jeito: 400 de cada dígito para treinar, "
              "100 para testar.",
    "limit": "Usa no máximo LIMIT imagens de treino, sorteadas (como faz a aba Treinamento), "
             "para que o treino em aula seja curto.",
    "validation": "Separa uma parte sorteada das imagens de treino como conjunto de "
                  "validação: a rede nunca aprende com ele, então sua acurácia a cada época "
                  "mostra se a rede generaliza. O conjunto de teste fica para o final.",
    "scaling": "Pixels de 0–255 para 0–1 em float32 (entradas pequenas deixam o treino "
               "estável) e um eixo de canais: o Keras quer imagens (altura, largura, canais).",
    "scaling_255": "A primeira camada da rede reescala os pixels ela mesma, então eles ficam "
                   "em 0–255 (em float32, com um eixo de canais).",
    "network": "A rede, uma camada por linha: keras.Input dá o tamanho da imagem, e a saída de "
               "cada camada é a entrada da seguinte. Conv2D: convolução com filtros "
               "aprendidos; MaxPooling2D: agrupamento (pooling), que reduz os mapas de "
               "características à metade; Dense: cada neurônio vê todos os valores; a última "
               "camada dá uma probabilidade por classe (softmax).",
    "summary": "A forma da saída e o número de parâmetros de cada camada.",
    "augment": "Distorções aleatórias de cada lote de treino (rotação, cisalhamento, zoom, "
                "deslocamento), para que a rede leia também dígitos escritos de outro jeito. "
                "Elas ficam na frente da rede só durante o treino: o modelo salvo não as tem, "
                "e elas não fazem nada quando o modelo prevê. (O CNN Lab também engrossa ou "
                "afina os traços; o Keras não tem camada para isso.)",
    "optimizer": "O otimizador ajusta os pesos depois de cada lote; a taxa de aprendizado é o "
                 "tamanho dos seus passos.",
    "cosine": "Um agendamento cosseno: a taxa de aprendizado desce de LEARNING_RATE até 5% dela "
              "no último lote.",
    "compile": "Perda: entropia cruzada categórica esparsa, porque os rótulos são números de "
               "classe; a acurácia é a fração de imagens classificadas corretamente.",
    "fit": "Treino: EPOCHS passadas (épocas) pelas imagens de treino, em lotes de BATCH_SIZE, "
           "embaralhadas a cada época, medindo o conjunto de validação ao fim de cada época.",
    "fit_no_validation": "Treino: EPOCHS passadas (épocas) pelas imagens de treino, em lotes "
                         "de BATCH_SIZE, embaralhadas a cada época.",
    "evaluate_test": "O conjunto de teste: imagens que a rede nunca viu ao ser treinada ou "
                     "escolhida. Sua acurácia é a medida honesta.",
    "evaluate_sample": "O conjunto de teste: as 1.000 imagens de teste da amostra (100 de cada "
                       "dígito, nunca treinadas), as mesmas com que o CNN Lab mede este modelo.",
    "evaluate_val": "Estes dados não têm conjunto de teste, então o modelo é medido no "
                    "conjunto de validação, como faz o CNN Lab.",
    "evaluate_train": "Estes dados não têm conjunto de teste e nada foi separado: o modelo é "
                      "medido nas próprias imagens de treino, o que o favorece.",
    "accuracy_label": "acurácia no conjunto de teste",
    "save": "Salva a rede treinada: o CNN Lab a abre em Desenhar, Ativações e Avaliação.",
    "not_sequential": {
        "branch": "A camada “{layer}” não recebe sua entrada da camada anterior (a rede se "
                  "ramifica ou se junta), então não pode ser escrita como uma lista "
                  "keras.Sequential de camadas.",
        "shared": "A camada “{layer}” é usada mais de uma vez (camada compartilhada), então a "
                  "rede não pode ser escrita como uma lista keras.Sequential de camadas.",
        "inputs": "A rede “{layer}” tem mais de uma entrada; uma lista keras.Sequential tem "
                  "exatamente uma.",
        "outputs": "A rede “{layer}” tem mais de uma saída; uma lista keras.Sequential tem "
                   "exatamente uma.",
        "lambda": "A camada “{layer}” é uma camada Lambda: código Python dentro do modelo, que "
                  "o CNN Lab não escreve nem executa a partir de arquivos.",
        "custom": "A camada “{layer}” não é uma das camadas do próprio Keras (keras.layers), "
                  "então seu código não pode ser escrito.",
    },
}

TEXTS: dict[str, dict[str, Any]] = {"en": EN, "pt_BR": PT_BR}


def text(language: str, key: str) -> Any:
    """The catalog entry ``key`` in ``language`` (English when the language is unknown)."""
    return TEXTS.get(language, EN)[key]
